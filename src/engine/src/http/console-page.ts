/**
 * /console: a small self-contained GraphQL explorer (no CDN; the machines this runs on may be
 * offline). It lists the root fields from introspection, runs queries with variables and
 * request headers (admin secret, JWT), and keeps the last query in localStorage.
 */
export const CONSOLE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>GraphQL console</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 220px 1fr 1fr; height: 100vh; }
  aside { border-right: 1px solid #ddd; overflow: auto; padding: 8px; }
  aside h2 { font-size: 12px; text-transform: uppercase; color: #666; margin: 12px 0 4px; }
  aside button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 2px 4px; cursor: pointer; font: 12px monospace; }
  aside button:hover { background: #eef; }
  section { display: flex; flex-direction: column; padding: 8px; gap: 6px; min-width: 0; }
  textarea, pre { font: 13px ui-monospace, monospace; border: 1px solid #ccc; border-radius: 4px; padding: 6px; margin: 0; }
  textarea { resize: none; }
  #query { flex: 3; } #variables, #headers { flex: 1; }
  pre { flex: 1; overflow: auto; background: #fafafa; white-space: pre-wrap; }
  label { font-size: 12px; color: #555; }
  #run { align-self: flex-start; padding: 6px 16px; }
</style>
</head>
<body>
<aside><div id="fields">Loading schema…</div></aside>
<section>
  <label for="query">Query</label><textarea id="query" spellcheck="false"></textarea>
  <label for="variables">Variables (JSON)</label><textarea id="variables" spellcheck="false">{}</textarea>
  <label for="headers">Request headers (JSON)</label><textarea id="headers" spellcheck="false">{}</textarea>
  <button id="run">Run (Ctrl+Enter)</button>
</section>
<section><label>Response</label><pre id="result"></pre></section>
<script>
const $ = (id) => document.getElementById(id);
$('query').value = localStorage.getItem('console.query') || 'query {\\n  __typename\\n}';
$('headers').value = localStorage.getItem('console.headers') || '{}';
function parse(id) { const t = $(id).value.trim(); return t ? JSON.parse(t) : {}; }
async function post(body) {
  const headers = Object.assign({ 'content-type': 'application/json' }, parse('headers'));
  const response = await fetch('../v1/graphql', { method: 'POST', headers, body: JSON.stringify(body) });
  return response.json();
}
async function run() {
  localStorage.setItem('console.query', $('query').value);
  localStorage.setItem('console.headers', $('headers').value);
  try {
    const result = await post({ query: $('query').value, variables: parse('variables') });
    $('result').textContent = JSON.stringify(result, null, 2);
  } catch (error) { $('result').textContent = String(error); }
}
async function loadFields() {
  const q = '{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }';
  try {
    const { data, errors } = await post({ query: q });
    if (!data) { $('fields').textContent = JSON.stringify(errors); return; }
    const box = $('fields'); box.textContent = '';
    for (const [title, type] of [['query', data.__schema.queryType], ['mutation', data.__schema.mutationType], ['subscription', data.__schema.subscriptionType]]) {
      if (!type) continue;
      const h = document.createElement('h2'); h.textContent = title; box.appendChild(h);
      for (const f of type.fields) {
        const b = document.createElement('button'); b.textContent = f.name;
        b.onclick = () => { $('query').value = title + ' {\\n  ' + f.name + ' {\\n    __typename\\n  }\\n}'; };
        box.appendChild(b);
      }
    }
  } catch (error) { $('fields').textContent = String(error); }
}
$('run').onclick = run;
document.addEventListener('keydown', (e) => { if (e.ctrlKey && e.key === 'Enter') run(); });
$('headers').addEventListener('change', loadFields);
loadFields();
</script>
</body>
</html>
`;
