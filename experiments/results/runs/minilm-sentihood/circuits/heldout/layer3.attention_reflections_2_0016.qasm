// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5804811821426799) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8c44e2509788238b34ef3b5d23ac4798fb8e7766655e59f0f054fd6b0f3a0903
