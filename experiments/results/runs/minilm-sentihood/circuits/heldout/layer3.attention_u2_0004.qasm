// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.22270851350350274) q[0];
ry(1.9923651059214829) q[0];
rz(0.0924038995304648) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6f06c703c6284e4ca33c5151065f5a5c3aa29cab8901d963a5374c321b19b297
