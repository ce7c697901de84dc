// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.969091427097885) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2603797d87e0b3a023b247e4a8da8d3f10b9bd5435aafc2ee22f88d6f9eefc54
