import type { ReactNode, SVGProps } from 'react';

export interface IconProps extends Omit<SVGProps<SVGSVGElement>, 'children'> {
  /** Pixel size of the square; the drawing is on a 24×24 grid. */
  readonly size?: number;
  /** Accessible name; without one the icon is decorative and hidden from assistive tech. */
  readonly title?: string;
}

export type IconComponent = (props: IconProps) => ReactNode;

/** One 24×24 stroke icon: 1.75 strokes, round caps and joins, drawn in the current text colour. */
export function makeIcon(displayName: string, paths: ReactNode): IconComponent {
  function Icon({ size = 20, title, ...rest }: IconProps) {
    return (
      <svg
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.75}
        strokeLinecap="round"
        strokeLinejoin="round"
        role={title ? 'img' : undefined}
        aria-label={title}
        aria-hidden={title ? undefined : true}
        focusable="false"
        {...rest}
      >
        {paths}
      </svg>
    );
  }
  Icon.displayName = displayName;
  return Icon;
}
