"""Articles written for Warta (fictional events in the style of regional portals), with gold labels."""
AUTHORED: list[dict] = []
