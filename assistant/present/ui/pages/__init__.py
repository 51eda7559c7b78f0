"""One module per page of the app; pages never import each other (``navigation`` lists them)."""
