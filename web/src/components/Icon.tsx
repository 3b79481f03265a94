import sprites from 'bootstrap-italia/dist/svg/sprites.svg?url';

export type IconSize = 'xs' | 'sm' | 'lg' | 'xl';

/** A Bootstrap Italia icon from its sprite; decorative (the text beside it says what it means). */
export function Icon({ name, size, className = '' }: { name: string; size?: IconSize; className?: string }) {
  const classes = ['icon', size ? `icon-${size}` : '', className].filter(Boolean).join(' ');
  return (
    <svg className={classes} aria-hidden="true" focusable="false">
      <use href={`${sprites}#it-${name}`} />
    </svg>
  );
}
