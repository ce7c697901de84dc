// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.672928323584376) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eeace35b150c9966945a26e9608314d0caec369a801c1884fb17ff670ec90666
