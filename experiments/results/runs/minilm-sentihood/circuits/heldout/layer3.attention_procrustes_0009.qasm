// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3970624442143484) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 80d722ac76796b6afacbb988c8d11439c5b45afcdfa80f9e0fe7bb1f55637b2d
