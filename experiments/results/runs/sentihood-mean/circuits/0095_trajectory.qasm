// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.649976391167387) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 46c6d0062c9c47caec048868462f3f5c2a0855cd359a0b0318e495dbe13d3f25
