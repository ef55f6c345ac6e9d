"""`invoke impact`: what a campaign achieved, from the web server's own access logs.

The logs are read line by line (nginx and Apache combined format, S3 server access logs,
plain or gzipped), crawlers are left out, and the figures are written to `impact/` as JSON,
an HTML report with inline SVG charts, and a 1080x1350 infographic. No IP address or user
agent reaches any file: visitors are counted with a salted hash whose salt, new each day, is
kept only in memory.
"""
