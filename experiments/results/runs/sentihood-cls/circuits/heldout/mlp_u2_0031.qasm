// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1300499742342831) q[0];
ry(2.014322480178474) q[0];
rz(0.05606591900429381) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4237868dd7fe1f815394129881fecc6a6f0102ac229703cd18778536703d6486
