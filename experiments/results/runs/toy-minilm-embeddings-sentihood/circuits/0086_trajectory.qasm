// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5599360392278568) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e7fc842f23462a802622ab9806c111bd0691a96f1a4ad05c4c148c2a42e8ff00
