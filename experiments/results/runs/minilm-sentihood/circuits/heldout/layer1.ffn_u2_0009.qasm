// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3623394841931038) q[0];
ry(2.012282654160262) q[0];
rz(0.1605784975061204) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3896962cc8fc9cbc33558f5dd538cb9d0c2da801534993158ec5fde9162d1331
