// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.21633177410441207) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a682ec3ad147a11f9e1913a9c1ca2a05182f61454b6f1a37564be617709f503f
