// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.09321359054051159) q[0];
ry(1.473782838192975) q[0];
rz(-0.00905479089626926) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0db7eea1715a174e6b525daa451b5700f3bef3000443febba4f64862a6a28b12
