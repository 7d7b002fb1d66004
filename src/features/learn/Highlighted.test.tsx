// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { Highlighted } from './Highlighted.tsx';

describe('Highlighted', () => {
  it('marks matched words with <mark> elements and renders everything else as text', () => {
    const { container } = render(
      <Highlighted
        text={'<img src=x onerror="alert(1)"> Cold starts hurt'}
        terms={['cold', 'starts']}
      />,
    );
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Cold',
      'starts',
    ]);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror="alert(1)"> Cold starts hurt');
  });
});
