import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AuthService, toMeDto, TooManyAttempts } from './auth.service.js';
import { CSRF_COOKIE, SESSION_COOKIE } from './cookies.js';
import { CurrentUser } from './decorators/current-user.decorator.js';
import { Public } from './decorators/public.decorator.js';
import { SignedIn } from './decorators/roles.decorator.js';
import { LoginDto, LoginResponseDto, MeDto } from './dto/login.dto.js';
import type { AuthUser } from './roles.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LoginResponseDto, description: 'Also sets the HttpOnly atk_session cookie and the readable atk_csrf cookie' })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password (code invalid_credentials)' })
  @ApiTooManyRequestsResponse({ description: '5 failed sign-ins for the email from this address within 15 minutes' })
  @ApiBadRequestResponse({ description: 'Malformed body' })
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResponseDto> {
    const result = await this.auth.login(body.email, body.password, req.ip ?? 'unknown').catch((error: unknown) => {
      if (error instanceof TooManyAttempts) res.setHeader('Retry-After', String(error.retryAfter));
      throw error;
    });
    const secure = this.config.COOKIE_SECURE;
    const maxAge = new Date(result.expiresAt).getTime() - Date.now();
    res.cookie(SESSION_COOKIE, result.token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge });
    res.cookie(CSRF_COOKIE, result.csrfToken, { httpOnly: false, sameSite: 'lax', secure, path: '/', maxAge });
    return result;
  }

  @Post('logout')
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiCookieAuth()
  @ApiNoContentResponse({ description: 'The session is ended and its cookies cleared' })
  @ApiUnauthorizedResponse({ description: 'Not signed in' })
  @ApiForbiddenResponse({ description: 'Cookie-authenticated without X-CSRF-Token' })
  async logout(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(user);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.clearCookie(CSRF_COOKIE, { path: '/' });
  }

  @Get('me')
  @SignedIn()
  @ApiOkResponse({ type: MeDto })
  @ApiUnauthorizedResponse({ description: 'Not signed in, or the session has expired' })
  me(@CurrentUser() user: AuthUser): MeDto {
    return toMeDto(user);
  }
}
