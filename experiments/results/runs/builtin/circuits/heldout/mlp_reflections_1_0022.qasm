// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8873091135564706) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 61d371a8cdd891d0d67e3b6f8992d8efa056cd70448fb220c2b36d857aaea5cc
