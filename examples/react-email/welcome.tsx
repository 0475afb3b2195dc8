/**
 * A react-email template written with plain elements (the @react-email/components package adds
 * Button, Section … that render to the same tables). `render()` from @react-email/render turns it
 * into the HTML and plain text that are sent, and welcome.test.tsx scores both.
 */
export interface WelcomeProps {
  name: string;
  plot: number;
}

export const subject = ({ plot }: WelcomeProps) => `Your plot ${plot} at Harbour Street allotments`;

export function Welcome(props: WelcomeProps) {
  const { name, plot } = props;
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <title>{subject(props)}</title>
      </head>
      <body style={{ margin: 0, padding: 24, fontFamily: 'Helvetica, Arial, sans-serif', color: '#222' }}>
        <h1 style={{ fontSize: 22 }}>Welcome, {name}</h1>
        <p>
          Your plot is number {plot}, on the south path by the water trough. The committee shows new members the tool shed,
          the compost bays and the watering rota at the first work day, on Saturday 12 April at 10:00.
        </p>
        <p>
          The <a href="https://harbour-allotments.example/handbook">members' handbook</a> has the rules on bonfires,
          hosepipes and keeping chickens.
        </p>
        <p style={{ fontSize: 12, color: '#666' }}>
          Harbour Street Allotment Society, 2 Harbour Street, Whitby YO21 3PU, United Kingdom. You receive this because you took
          a plot. <a href="https://harbour-allotments.example/emails">Email preferences</a>
        </p>
      </body>
    </html>
  );
}
