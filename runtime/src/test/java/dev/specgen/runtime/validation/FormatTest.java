package dev.specgen.runtime.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each checked format on values just inside and just outside what it accepts. */
class FormatTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            date-time | 2022-11-30T02:20:14.852Z      | true
            date-time | 2020-11-10T16:02:04+08:00     | true
            date-time | 2020-11-10t16:02:04z          | true
            date-time | 2020-02-29T00:00:00-00:30     | true
            date-time | 1998-12-31T23:59:60Z          | true
            date-time | 1998-12-31T15:59:60.123-08:00 | true
            date-time | 1998-12-31T23:58:60Z          | false
            date-time | 2022-12-15 23:00:00           | false
            date-time | 2022-11-30T2:00:00.852Z       | false
            date-time | 2022-11-30T02:00:00           | false
            date-time | 2022-11-30T02:00:00.Z         | false
            date-time | 2022-11-30T24:00:00Z          | false
            date-time | 2022-11-30T23:60:00Z          | false
            date-time | 2021-02-29T00:00:00Z          | false
            date-time | 2022-11-30T02:00:00+0800      | false
            date-time | 2022-11-30T02:00:00+24:00     | false
            date-time | 2022-11-30T02:00:00Zjunk      | false
            date      | 2022-12-15                    | true
            date      | 2000-02-29                    | true
            date      | 1900-02-29                    | false
            date      | 2022-04-31                    | false
            date      | 2022-13-01                    | false
            date      | 2022-1-05                     | false
            date      | 2022-12-15T00:00:00Z          | false
            uuid      | 784076D6-BD6D-5564-9CEA-834EB11F0C62 | true
            uuid      | 784076d6-bd6d-5564-9cea-834eb11f0c62 | true
            uuid      | 784076D6-BD6D-5564-9CEA-834EB11F0C6  | false
            uuid      | 784076D6BD6D-5564-9CEA-834EB11F0C62- | false
            uuid      | 784076G6-BD6D-5564-9CEA-834EB11F0C62 | false
            email     | a@b.cn                        | true
            email     | first.last+tag@example.co.uk  | true
            email     | nobody                        | false
            email     | @example.com                  | false
            email     | a@b                           | false
            email     | a@.b                          | false
            email     | a@b.                          | false
            email     | a b@c.d                       | false
            email     | a@b@c.d                       | false
            ipv4      | 192.168.0.1                   | true
            ipv4      | 0.0.0.0                       | true
            ipv4      | 255.255.255.255               | true
            ipv4      | 256.1.1.1                     | false
            ipv4      | 01.1.1.1                      | false
            ipv4      | 1.1.1                         | false
            ipv4      | 1.1.1.1.                      | false
            ipv4      | 1.1.1.1.1                     | false
            ipv6      | ::                            | true
            ipv6      | ::1                           | true
            ipv6      | 2001:db8::8a2e:370:7334       | true
            ipv6      | 2001:0db8:0000:0000:0000:8a2e:0370:7334 | true
            ipv6      | ::ffff:192.0.2.128            | true
            ipv6      | 1:2:3:4:5:6:1.2.3.4           | true
            ipv6      | 1:2:3:4:5:6:7::               | true
            ipv6      | 1:2:3:4:5:6:7:8:9             | false
            ipv6      | 1:2:3:4:5:6:7                 | false
            ipv6      | 1::2::3                       | false
            ipv6      | 12345::                       | false
            ipv6      | :1                            | false
            ipv6      | 1:                            | false
            ipv6      | fe80::1%eth0                  | false
            ipv6      | 1:2:3:4:5:6:7:1.2.3.4         | false
            uri       | https://cs.cn-hangzhou.aliyuncs.com/tasks/T-1?x=1#top | true
            uri       | urn:isbn:0451450523           | true
            uri       | http://[::1]:8080/            | true
            uri       | mailto:a@b.cn                 | true
            uri       | https://example.com/a%20b     | true
            uri       | /relative/path                | false
            uri       | 1http://example.com           | false
            uri       | https://example.com/a b       | false
            uri       | https://example.com/%zz       | false
            uri       | https://example.com/#a#b      | false
            uri       | https://example.com/[x]       | false
            byte      | aGVsbG8=                      | true
            byte      | aGVsbA==                      | true
            byte      | aGVs                          | true
            byte      | aGVsbG8                       | false
            byte      | aGV=bG8=                      | false
            byte      | aGVsbG8-                      | false
            """)
    void formats(String format, String value, boolean valid) {
        assertThat(Format.named(format).test(value)).isEqualTo(valid);
        assertThat(StringRules.format(value, Format.named(format)) == null).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"password", "int32", "binary", "x-vendor"})
    void formatsThatAreNotCheckedAcceptEverything(String format) {
        assertThat(Format.named(format)).isNull();
    }
}
