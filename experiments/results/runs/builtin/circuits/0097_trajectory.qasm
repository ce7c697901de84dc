// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1730281741287225) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e2444289ee6bb5a238aa9f30fb3834504c3468f414c9c7fe7987bf217c3378bf
