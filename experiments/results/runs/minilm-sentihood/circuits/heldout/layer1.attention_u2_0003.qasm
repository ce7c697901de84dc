// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.32131077558569743) q[0];
ry(1.1708984643996472) q[0];
rz(-0.128866429269332) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 db05a24f7c97f6036d410d740d70fbcdd645eaef7e9e5687ebde0676cf904a29
