"""What leaves the device: regisseur PDF, anonymised summary, merge, portable data JSON. No Qt."""
