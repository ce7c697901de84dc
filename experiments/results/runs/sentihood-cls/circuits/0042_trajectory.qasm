// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.557400807411274) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ea8359a010a4371aef6e8ad3b02fc4959e5b0d20c4e39d2e41ac9e8a3cdf62f2
