// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8679807222490465) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c6ffaed721c337b014066fc9720c555913d393205bed8999ae7392daeba48dfc
