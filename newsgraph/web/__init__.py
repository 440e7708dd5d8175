"""The web pages: server-rendered Jinja2 templates with small vendored JavaScript (no CDN, works offline)."""
