// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0617252163037072) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 43dc1c098c10edef7fef5cdf642725ff2a7f7c0c556f277e918fc73398169ff8
