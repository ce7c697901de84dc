// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.1867902047608533) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9b280c75e654432fa2eeaeed7dccdb028123f267ab2892569f939b794dc8dce7
