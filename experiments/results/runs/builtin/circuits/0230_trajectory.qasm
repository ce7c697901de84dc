// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.048555197327817) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0f253bddf4a5f63fdc012320463021be33f179f4746b31bb06bc8c58b5913474
