// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2125491959240264) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 be4123484952acad598d877bf387c8cd88bfd4a833f36b280201200f73b1ab9b
