import { SetMetadata } from '@nestjs/common';

export const PUBLIC_KEY = 'atk:public';

/** Open to everyone, signed in or not, whatever PUBLIC_READ says (sign-in, health). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);
