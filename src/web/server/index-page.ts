/** The app's only HTML page: a shell the client script fills; no inline script or style. */
export function createIndexPage(): string {
  return `<!doctype html>
<html lang="kk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>qujat</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
<script type="module" src="/assets/app.js"></script>
</head>
<body><div id="app" class="app"></div></body>
</html>
`;
}
