"""Pure domain: dataclasses, vocabularies, Wi2021 rules and privacy rules. No SQL, no Qt."""
