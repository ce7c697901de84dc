// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2536417866966723) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4947258255efd4566b8818aeb2b5916f74cfdab3a3717095b2932f95fb295dd3
