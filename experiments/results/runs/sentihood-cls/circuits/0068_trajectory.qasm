// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.426484319437312) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1c97ec191b159b42c7db329c0518dd2a41ec63b962616a4a8e9c44bf97771c40
