// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2764614492741253) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 879b01be352a1530dbfef3b34959ad4a3de59aceb54afbd59be49c733c00e9b9
