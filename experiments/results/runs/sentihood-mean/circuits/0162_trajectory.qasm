// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.878818130192994) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cdb04deb86093b838c2b40737aecfdd8790265c0927591471a31122686fdfab2
