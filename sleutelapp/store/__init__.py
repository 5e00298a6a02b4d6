"""Everything that touches the encrypted case file: open/unlock, migrations, queries. No Qt."""
