"""Views over all plans: plan cards, the theme matrix, comparisons."""
