package io.geopress.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.LogLevel;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.ResponseFormatJsonObject;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.completions.CompletionUsage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

/** One request at a time to an OpenAI-compatible chat endpoint, through the OpenAI Java SDK, with no retries of its own. */
final class ChatEndpoint implements AutoCloseable {
    // the SDK refuses to build without a key; servers that need none ignore it
    private static final String NO_KEY = "none";

    private final OpenAIClient client;
    private final String model;
    private final String apiKey;

    ChatEndpoint(LlmSettings settings) {
        this.model = settings.model();
        this.apiKey = settings.apiKey();
        this.client = OpenAIOkHttpClient.builder()
                .baseUrl(settings.baseUrl().toString())
                .apiKey(apiKey == null ? NO_KEY : apiKey)
                .maxRetries(0) // retries are ours: visible, bounded, and honouring Retry-After
                .timeout(settings.limits().timeout())
                .logLevel(LogLevel.OFF) // OPENAI_LOG would otherwise print bodies
                .build();
    }

    ChatReply send(ChatRequest request, Duration timeout) throws AttemptFailure {
        try {
            ChatCompletion completion = client.chat().completions().create(params(request), RequestOptions.builder().timeout(timeout).build());
            return reply(completion);
        } catch (OpenAIServiceException e) {
            throw status(e);
        } catch (OpenAIIoException e) {
            throw transport(e.getCause(), timeout);
        } catch (OpenAIInvalidDataException e) {
            if (!causedBy(e, JsonProcessingException.class) && causedBy(e, IOException.class)) throw transport(rootCause(e), timeout);
            throw AttemptFailure.fatal("malformed reply: " + oneLine(e.getCause() instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        } catch (OpenAIException e) {
            throw AttemptFailure.fatal("request failed: " + oneLine(e.getMessage()));
        }
    }

    @SuppressWarnings("deprecation") // max_tokens, not max_completion_tokens: most compatible servers know only the former
    private ChatCompletionCreateParams params(ChatRequest request) {
        ChatCompletionCreateParams.Builder params = ChatCompletionCreateParams.builder()
                .model(model)
                .maxTokens(request.maxTokens())
                .temperature(request.temperature());
        if (!request.system().isEmpty()) params.addSystemMessage(request.system());
        params.addUserMessage(request.user());
        if (request.json()) params.responseFormat(ResponseFormatJsonObject.builder().build());
        return params.build();
    }

    private ChatReply reply(ChatCompletion completion) {
        List<ChatCompletion.Choice> choices = completion.choices();
        if (choices.isEmpty()) throw new OpenAIInvalidDataException("the reply has no choices");
        ChatCompletion.Choice choice = choices.get(0);
        ChatReply.Finish finish = choice._finishReason().asKnown().map(reason -> switch (reason.value()) {
            case STOP -> ChatReply.Finish.STOP;
            case LENGTH -> ChatReply.Finish.LENGTH;
            case CONTENT_FILTER -> ChatReply.Finish.CONTENT_FILTER;
            default -> ChatReply.Finish.OTHER;
        }).orElse(ChatReply.Finish.OTHER);
        int prompt = completion.usage().map(CompletionUsage::promptTokens).orElse(0L).intValue();
        int reply = completion.usage().map(CompletionUsage::completionTokens).orElse(0L).intValue();
        return new ChatReply(choice.message().content().orElse(""), finish, prompt, reply, completion._model().asKnown().orElse(model));
    }

    private AttemptFailure status(OpenAIServiceException e) {
        int code = e.statusCode();
        String retryAfter = e.headers().values("Retry-After").stream().findFirst().orElse(null);
        if (code == 429 || code == 408 || code >= 500) return AttemptFailure.retryable("HTTP " + code, retryAfter);
        // the SDK's message is "400: what the server said"
        String said = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^\\d{3}: ", "");
        return AttemptFailure.fatal("HTTP " + code + ": " + oneLine(said));
    }

    private static AttemptFailure transport(Throwable cause, Duration timeout) {
        if (cause instanceof InterruptedIOException) return AttemptFailure.retryable("no reply within " + Seconds.of(timeout), null);
        if (cause instanceof ConnectException) return AttemptFailure.retryable("connection refused", null);
        if (cause instanceof UnknownHostException) return AttemptFailure.retryable("unknown host", null);
        String what = cause == null ? "unknown" : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return AttemptFailure.retryable("connection failed (" + what + ")", null);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t;
    }

    /** Server text made safe for a one-line message: first line, at most 200 characters, and never the key. */
    private String oneLine(String text) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("");
        if (apiKey != null) line = line.replace(apiKey, "(key)");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    @Override
    public void close() {
        client.close();
    }
}
