"""Readers (sources → Article or Failure) and writers (Article → the field's formats)."""
