// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.400300431948331) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 59e0aa2e0c72600115dc1a0a80dd2c6a38fe110cd06d281e410f7f0b6831b386
