// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8367310798259626) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2aa6a2b8158cc913a70ca699166bd1684155bf34cdf84fbe052ab1e2cecb29ad
