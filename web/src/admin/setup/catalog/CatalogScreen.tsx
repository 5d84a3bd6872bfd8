import { useMessages } from '../../../app/i18n';
import { setupMessages } from '../messages';
import { Exclusions } from './Exclusions';
import { OwnProducts } from './OwnProducts';
import { ReferenceTree } from './ReferenceTree';

/** What the tenant trades: the reference tree (hide a brand or a model family), what is hidden, and its own products. */
export default function CatalogScreen() {
  const m = useMessages(setupMessages);
  return (
    <section aria-labelledby="catalog-h">
      <h1 id="catalog-h">{m('catalog')}</h1>
      <ReferenceTree />
      <Exclusions />
      <OwnProducts />
    </section>
  );
}
