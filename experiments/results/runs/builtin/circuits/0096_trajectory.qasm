// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5566829072124813) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5290fc09c3fb00c923421eb97f44fc06930b93c4bbfc121721b0e11a0ede1825
