// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1562012752076787) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2415c3b0fbb2b5cd880d0dbb859cf0fe0dda7afd82b3c752b0250cd72f03f88e
