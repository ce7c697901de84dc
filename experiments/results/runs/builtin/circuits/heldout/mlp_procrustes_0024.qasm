// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5457356522271386) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e976aa69146b305b975f4ace33880a81df65d599787aa9346789a0842d1fd766
