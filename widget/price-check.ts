/**
 * `<tradein-price-check key="pk_…">` — a trade-in price check any shop can paste into a page:
 * search → grading questions → price with its breakdown → "continue" hands the quote id to the
 * shop (a `tradein-quote` event, and `continue-url?tradein_quote=<id>` when set).
 *
 * It talks to the retail API with a publishable key (read-only: models, grading form, quote;
 * bound to the shop's origins by CORS). No framework, shadow DOM for isolated styles, themable
 * with CSS custom properties, four languages, keyboard and screen-reader friendly.
 */

type Locale = 'en' | 'tr' | 'sv' | 'de';

interface Model {
  Id: number;
  ProductName: string;
  Price: number | null;
  CurrencySymbol: string;
}
interface Answer {
  Id: number;
  Name: string;
}
interface Question {
  Id: number;
  Name: string;
  Label: string;
  Info: string;
  IsMultiChoice: boolean;
  Answers: Answer[];
}
interface GradingForm {
  Id: number;
  Questions: Question[];
  Extras: { Id: number; Name: string; Label: string }[];
}
interface Quote {
  PriceQuoteId: string;
  Grade: string;
  OfferedPrice: number;
  OfferedPriceInclVat: number;
  CurrencyIsoCode: string;
  ExpiresAt: string;
  Breakdown: { Code: string; Label: string; Amount: number }[];
}

const TEXT: Record<Locale, Record<string, string>> = {
  en: {
    title: 'What is your device worth?',
    search: 'Find your device',
    placeholder: 'e.g. iPhone 13 Pro 128GB',
    noResults: 'No device found. Try the brand and model.',
    tooShort: 'Type at least 3 characters.',
    questions: 'Tell us about its condition',
    extras: 'Included',
    answerAll: 'Answer every question to see your price.',
    price: 'Your trade-in price',
    validUntil: 'Valid until {date}',
    continue: 'Continue with this trade-in',
    change: 'Choose another device',
    offline: 'We cannot reach the trade-in service. Check your connection and try again.',
    loading: 'Loading…',
  },
  tr: {
    title: 'Cihazınız ne kadar eder?',
    search: 'Cihazınızı bulun',
    placeholder: 'ör. iPhone 13 Pro 128GB',
    noResults: 'Cihaz bulunamadı. Marka ve modeli deneyin.',
    tooShort: 'En az 3 karakter yazın.',
    questions: 'Cihazın durumunu anlatın',
    extras: 'Dahil olanlar',
    answerAll: 'Fiyatı görmek için tüm soruları yanıtlayın.',
    price: 'Takas fiyatınız',
    validUntil: '{date} tarihine kadar geçerli',
    continue: 'Bu takasla devam et',
    change: 'Başka bir cihaz seç',
    offline: 'Takas hizmetine ulaşılamıyor. Bağlantınızı kontrol edip tekrar deneyin.',
    loading: 'Yükleniyor…',
  },
  sv: {
    title: 'Vad är din enhet värd?',
    search: 'Hitta din enhet',
    placeholder: 't.ex. iPhone 13 Pro 128GB',
    noResults: 'Ingen enhet hittades. Prova märke och modell.',
    tooShort: 'Skriv minst 3 tecken.',
    questions: 'Berätta om skicket',
    extras: 'Medföljer',
    answerAll: 'Svara på alla frågor för att se ditt pris.',
    price: 'Ditt inbytespris',
    validUntil: 'Giltigt till {date}',
    continue: 'Fortsätt med detta inbyte',
    change: 'Välj en annan enhet',
    offline: 'Vi når inte inbytestjänsten. Kontrollera anslutningen och försök igen.',
    loading: 'Laddar…',
  },
  de: {
    title: 'Was ist Ihr Gerät wert?',
    search: 'Gerät finden',
    placeholder: 'z. B. iPhone 13 Pro 128GB',
    noResults: 'Kein Gerät gefunden. Versuchen Sie Marke und Modell.',
    tooShort: 'Mindestens 3 Zeichen eingeben.',
    questions: 'Beschreiben Sie den Zustand',
    extras: 'Enthalten',
    answerAll: 'Beantworten Sie alle Fragen, um Ihren Preis zu sehen.',
    price: 'Ihr Eintauschpreis',
    validUntil: 'Gültig bis {date}',
    continue: 'Mit diesem Eintausch fortfahren',
    change: 'Anderes Gerät wählen',
    offline: 'Der Eintauschdienst ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
    loading: 'Wird geladen…',
  },
};

const STYLE = `
:host { display: block; font: var(--tradein-font, 15px/1.45 system-ui, sans-serif); color: var(--tradein-fg, #1c1c1e);
  --accent: var(--tradein-accent, #0b5fff); }
.box { background: var(--tradein-bg, #fff); border: 1px solid var(--tradein-border, #c9ccd3); border-radius: var(--tradein-radius, 10px); padding: 16px; max-width: 520px; }
h2 { font-size: 1.15em; margin: 0 0 12px; }
label, legend { font-weight: 600; display: block; margin: 0 0 4px; }
input[type=search] { width: 100%; box-sizing: border-box; padding: 10px; font: inherit; border: 1px solid #767a83; border-radius: 6px; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
ul[role=listbox] { list-style: none; margin: 4px 0 0; padding: 0; border: 1px solid #c9ccd3; border-radius: 6px; max-height: 260px; overflow: auto; }
li[role=option] { padding: 8px 10px; cursor: pointer; display: flex; justify-content: space-between; gap: 8px; }
li[aria-selected=true], li[role=option]:hover { background: #e8efff; }
fieldset { border: 0; padding: 0; margin: 12px 0; }
.choice { display: flex; gap: 8px; align-items: baseline; margin: 4px 0; }
.hint { color: #4a4d55; font-size: .9em; margin: 2px 0 6px; }
.price { font-size: 1.6em; font-weight: 700; margin: 4px 0; }
table { width: 100%; border-collapse: collapse; font-size: .9em; }
td { padding: 2px 0; } td:last-child { text-align: right; }
button { font: inherit; padding: 10px 14px; border-radius: 6px; border: 1px solid var(--accent); cursor: pointer; }
button.primary { background: var(--accent); color: #fff; }
button.link { background: none; border: 0; color: var(--accent); text-decoration: underline; padding: 4px 0; }
.error { color: #a4000f; margin: 8px 0; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;

function pickLocale(wanted: string | null): Locale {
  for (const l of [wanted, ...(navigator.languages ?? [navigator.language])]) {
    const short = (l ?? '').slice(0, 2).toLowerCase();
    if (short in TEXT) return short as Locale;
  }
  return 'en';
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

let instances = 0;

export class TradeinPriceCheck extends HTMLElement {
  static observedAttributes = ['key', 'locale', 'api'];
  private root = this.attachShadow({ mode: 'open' });
  private locale: Locale = 'en';
  private uid = `tpc${++instances}`;
  private model: Model | null = null;
  private form: GradingForm | null = null;
  private answers = new Map<number, Set<number>>();
  private extras = new Set<number>();
  private quote: Quote | null = null;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private quoteSeq = 0;

  connectedCallback(): void {
    this.locale = pickLocale(this.getAttribute('locale'));
    this.renderSearch();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.connectedCallback();
  }

  private t(key: string, params: Record<string, string> = {}): string {
    return (TEXT[this.locale][key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
  }

  /** The API's origin: the `api` attribute, else where this script was loaded from. */
  private base(): string {
    return (this.getAttribute('api') ?? new URL(import.meta.url).origin).replace(/\/$/, '');
  }

  private async call<T>(path: string, init: RequestInit = {}): Promise<T> {
    const key = this.getAttribute('key') ?? '';
    let res: Response;
    try {
      res = await fetch(`${this.base()}${path}`, {
        ...init,
        mode: 'cors',
        credentials: 'omit',
        headers: { 'x-apikey': key, 'accept-language': this.locale, ...(init.body ? { 'content-type': 'application/json' } : {}) },
      });
    } catch {
      throw new Error(this.t('offline'));
    }
    const body = (await res.json().catch(() => null)) as (T & { message?: string; Message?: string }) | null;
    if (!res.ok) throw new Error(body?.message ?? body?.Message ?? this.t('offline'));
    return body as T;
  }

  private frame(...children: Node[]): void {
    const style = el('style');
    style.textContent = STYLE;
    this.root.replaceChildren(style, el('div', { class: 'box', part: 'box' }, el('h2', {}, this.t('title')), ...children));
  }

  private renderSearch(): void {
    this.model = null;
    this.form = null;
    this.quote = null;
    const inputId = `${this.uid}-q`;
    const listId = `${this.uid}-list`;
    const input = el('input', {
      id: inputId,
      type: 'search',
      role: 'combobox',
      autocomplete: 'off',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      placeholder: this.t('placeholder'),
    });
    const list = el('ul', { id: listId, role: 'listbox', 'aria-label': this.t('search'), hidden: '' });
    const status = el('p', { class: 'hint', role: 'status', 'aria-live': 'polite' });
    let options: Model[] = [];
    let active = -1;
    const highlight = (i: number) => {
      active = i;
      [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
      if (i >= 0) input.setAttribute('aria-activedescendant', `${listId}-${i}`);
      else input.removeAttribute('aria-activedescendant');
    };
    const show = (models: Model[]) => {
      options = models;
      list.replaceChildren(
        ...models.map((m, i) => {
          const li = el('li', { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false' }, el('span', {}, m.ProductName));
          if (m.Price !== null) li.append(el('span', {}, `≤ ${m.CurrencySymbol}${m.Price}`));
          li.addEventListener('mousedown', (e) => e.preventDefault());
          li.addEventListener('click', () => void this.choose(m));
          return li;
        }),
      );
      list.hidden = models.length === 0;
      input.setAttribute('aria-expanded', String(models.length > 0));
      highlight(-1);
    };
    input.addEventListener('input', () => {
      clearTimeout(this.searchTimer);
      const term = input.value.trim();
      if (term.length < 3) {
        show([]);
        status.textContent = term ? this.t('tooShort') : '';
        return;
      }
      this.searchTimer = setTimeout(async () => {
        try {
          const res = await this.call<{ Data: Model[] }>(`/api/v2/retail/models?term=${encodeURIComponent(term)}&limit=8`);
          if (input.value.trim() !== term) return;
          show(res.Data);
          status.textContent = res.Data.length ? '' : this.t('noResults');
        } catch (err) {
          status.textContent = (err as Error).message;
        }
      }, 250);
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && options.length) {
        e.preventDefault();
        highlight((active + 1) % options.length);
      } else if (e.key === 'ArrowUp' && options.length) {
        e.preventDefault();
        highlight((active - 1 + options.length) % options.length);
      } else if (e.key === 'Enter' && active >= 0) {
        e.preventDefault();
        void this.choose(options[active]);
      } else if (e.key === 'Escape') {
        show([]);
      }
    });
    this.frame(el('label', { for: inputId }, this.t('search')), input, list, status);
  }

  private async choose(model: Model): Promise<void> {
    this.model = model;
    this.answers.clear();
    this.extras.clear();
    this.frame(el('p', { role: 'status' }, this.t('loading')));
    try {
      this.form = await this.call<GradingForm>(`/api/v2/retail/models/${model.Id}/grading-form`);
      this.renderForm();
    } catch (err) {
      this.frame(el('p', { class: 'error', role: 'alert' }, (err as Error).message), this.changeButton());
    }
  }

  private changeButton(): HTMLButtonElement {
    const b = el('button', { type: 'button', class: 'link' }, this.t('change'));
    b.addEventListener('click', () => this.renderSearch());
    return b;
  }

  private renderForm(): void {
    const form = this.form!;
    const questions = form.Questions.map((q) => {
      const name = `${this.uid}-q${q.Id}`;
      const set = el('fieldset', {}, el('legend', {}, q.Label || q.Name));
      // Info is HTML written by the programme: shown as plain text (parsed inert, never inserted as markup).
      const info = q.Info ? (new DOMParser().parseFromString(q.Info, 'text/html').body.textContent ?? '').trim() : '';
      if (info) set.append(el('p', { class: 'hint' }, info));
      for (const a of q.Answers) {
        const id = `${name}-a${a.Id}`;
        const input = el('input', { type: q.IsMultiChoice ? 'checkbox' : 'radio', name, id, value: String(a.Id) });
        input.addEventListener('change', () => {
          const chosen = this.answers.get(q.Id) ?? new Set<number>();
          if (!q.IsMultiChoice) chosen.clear();
          if (input.checked) chosen.add(a.Id);
          else chosen.delete(a.Id);
          this.answers.set(q.Id, chosen);
          void this.requote();
        });
        set.append(el('div', { class: 'choice' }, input, el('label', { for: id }, a.Name)));
      }
      return set;
    });
    const extras = form.Extras.length
      ? [
          el(
            'fieldset',
            {},
            el('legend', {}, this.t('extras')),
            ...form.Extras.map((x) => {
              const id = `${this.uid}-x${x.Id}`;
              const input = el('input', { type: 'checkbox', id, value: String(x.Id) });
              input.addEventListener('change', () => {
                if (input.checked) this.extras.add(x.Id);
                else this.extras.delete(x.Id);
                void this.requote();
              });
              return el('div', { class: 'choice' }, input, el('label', { for: id }, x.Label || x.Name));
            }),
          ),
        ]
      : [];
    const price = el('div', { id: `${this.uid}-price`, role: 'status', 'aria-live': 'polite' }, el('p', { class: 'hint' }, this.t('answerAll')));
    this.frame(
      el('p', {}, el('strong', {}, this.model!.ProductName)),
      this.changeButton(),
      el('h3', { class: 'sr' }, this.t('questions')),
      ...questions,
      ...extras,
      price,
    );
  }

  private async requote(): Promise<void> {
    const form = this.form!;
    const price = this.root.getElementById(`${this.uid}-price`)!;
    this.quote = null;
    if (!form.Questions.every((q) => (this.answers.get(q.Id)?.size ?? 0) > 0)) {
      price.replaceChildren(el('p', { class: 'hint' }, this.t('answerAll')));
      return;
    }
    const seq = ++this.quoteSeq;
    try {
      const quote = await this.call<Quote>('/api/v2/retail/price-quote', {
        method: 'POST',
        body: JSON.stringify({
          ModelId: this.model!.Id,
          GradingForm: {
            Answers: Object.fromEntries([...this.answers].map(([q, a]) => [q, [...a]])),
            Extras: [...this.extras],
            SystemExtras: [],
          },
        }),
      });
      if (seq !== this.quoteSeq) return;
      this.quote = quote;
      const money = (n: number) => new Intl.NumberFormat(this.locale, { style: 'currency', currency: quote.CurrencyIsoCode }).format(n);
      const go = el('button', { type: 'button', class: 'primary' }, this.t('continue'));
      go.addEventListener('click', () => this.handOver());
      price.replaceChildren(
        el('p', {}, this.t('price')),
        el('p', { class: 'price', 'data-quote-id': quote.PriceQuoteId }, money(quote.OfferedPriceInclVat)),
        el('table', {}, ...quote.Breakdown.map((l) => el('tr', {}, el('td', {}, l.Label), el('td', {}, money(l.Amount))))),
        el('p', { class: 'hint' }, this.t('validUntil', { date: new Date(quote.ExpiresAt).toLocaleString(this.locale) })),
        go,
      );
    } catch (err) {
      if (seq === this.quoteSeq) price.replaceChildren(el('p', { class: 'error', role: 'alert' }, (err as Error).message));
    }
  }

  /** Hands the quote to the shop: an event it can listen to, and its checkout URL when given. */
  private handOver(): void {
    const q = this.quote;
    if (!q) return;
    const detail = {
      quoteId: q.PriceQuoteId,
      price: q.OfferedPriceInclVat,
      currency: q.CurrencyIsoCode,
      modelId: this.model!.Id,
      productName: this.model!.ProductName,
    };
    const proceed = this.dispatchEvent(new CustomEvent('tradein-quote', { detail, bubbles: true, composed: true, cancelable: true }));
    const target = this.getAttribute('continue-url');
    if (proceed && target) {
      const url = new URL(target, document.baseURI);
      url.searchParams.set('tradein_quote', q.PriceQuoteId);
      window.location.assign(url.href);
    }
  }
}

if (!customElements.get('tradein-price-check')) customElements.define('tradein-price-check', TradeinPriceCheck);
