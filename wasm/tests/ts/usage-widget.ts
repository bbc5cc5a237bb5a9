// The widget's declarations (tsb-akutt/widget) from TypeScript: the element, its fields that are null
// until there is something, and `configure` for a page that serves the .wasm elsewhere.
import { configure, TsbAkuttVurdering, uiStrings } from 'tsb-akutt/widget';
import type { Evaluation, InputErrorDetail } from 'tsb-akutt';

configure({ wasmUrl: '/assets/tsb_akutt_wasm_bg.wasm' });
configure({ wasmUrl: new URL('https://example.org/tsb_akutt_wasm_bg.wasm') });

const el = document.querySelector('tsb-akutt-vurdering') as TsbAkuttVurdering | null;
if (el) {
  el.answers = { age: 34, sex: 'female', substances: ['alcohol'] };
  const latest: Evaluation | null = el.evaluation;
  const level: string = latest === null ? 'not evaluated' : latest.routing.level;
  const errors: InputErrorDetail[] = el.errors;
  el.addEventListener('evaluation', (e) => console.log(e.detail?.routing.summary.id));
  console.log(level, errors.length, uiStrings.nb);
}
