// Font files imported by address (Vite's `?url`): the bundler copies the file and hands back its URL.
declare module "*.woff2?url" {
  const url: string;
  export default url;
}
