import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { seedAgency, seedUnits } from '../../../shared/seed/organisation';
import { AgencyProvider } from '../app/agency';
import { scope, unitId } from '../screens/quarter-form/part-draft.fixture';
import { EvidenceSection } from './evidence-section';

describe("a part's evidence card", () => {
  it('says it is loading while its list has not arrived, not that there is no evidence', () => {
    const html = renderToStaticMarkup(
      <QueryClientProvider client={new QueryClient()}>
        <AgencyProvider agency={seedAgency} units={Object.values(seedUnits)}>
          <EvidenceSection year={2026} quarter={3} unitId={unitId} scope={scope} editable={false} />
        </AgencyProvider>
      </QueryClientProvider>,
    );
    expect(html).toContain('Memuat…');
    expect(html).not.toContain('Belum ada data dukung.');
  });
});
