// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2230642104786722) q[0];
ry(2.016537830882528) q[0];
rz(0.09748645907203768) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 731f766ae5ea5a3a06c44035bb8fa101b732e838e9557164d19dc30f714dfe41
